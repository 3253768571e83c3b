import type { Me } from '@atende/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../../app/api';
import { meQueryKey, removeAvatar, updateMe, uploadAvatar } from '../../auth/api';
import { isAcceptableAvatar } from '../avatar-file';

function useSetMe() {
  const queryClient = useQueryClient();
  return (me: Me) => queryClient.setQueryData(meQueryKey, me);
}

/** SPEC WS-01 "Editar Perfil": the name. */
export function useUpdateName() {
  const setMe = useSetMe();
  return useMutation({ mutationFn: (name: string) => updateMe({ name }), onSuccess: setMe });
}

/** The photo: checked here first (type and size), then by the server (the bytes). */
export function useAvatar() {
  const setMe = useSetMe();
  const upload = useMutation({
    mutationFn: async (file: File) => {
      if (!isAcceptableAvatar(file)) throw new ApiError(400, 'AVATAR_INVALID', 'invalid avatar');
      return uploadAvatar(file);
    },
    onSuccess: setMe,
  });
  const remove = useMutation({ mutationFn: removeAvatar, onSuccess: setMe });
  return { upload, remove };
}
