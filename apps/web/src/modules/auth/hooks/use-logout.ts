import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { setCsrfToken } from '../../../app/api';
import { disconnectSocket } from '../../../app/socket';
import { logout, meQueryKey } from '../api';

export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: logout,
    onSuccess: () => {
      disconnectSocket();
      setCsrfToken(null);
      void navigate('/login', { replace: true });
      // Forget every other user's data; the guard sees `null` and stays on /login.
      queryClient.removeQueries({ predicate: (q) => q.queryKey !== meQueryKey });
      queryClient.setQueryData(meQueryKey, null);
    },
  });
}
