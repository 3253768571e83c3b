// SPEC ATT-05: the agent sends images and PDFs of up to 10 MB (the server checks the content too).
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const ATTACHMENT_ACCEPT = 'image/png,image/jpeg,image/gif,image/webp,application/pdf';

export function isAcceptedFile(file: Pick<File, 'type' | 'size'>): boolean {
  return file.size > 0 && file.size <= MAX_ATTACHMENT_BYTES && ATTACHMENT_ACCEPT.split(',').includes(file.type);
}

export const isImage = (contentType: string) => contentType.startsWith('image/');
