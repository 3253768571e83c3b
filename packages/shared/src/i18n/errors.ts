import type { ErrorCode } from '../errors.js';

type Messages = Record<ErrorCode, string>;

// Error messages, keyed by code. The server answers in the user's locale; the console
// translates the code again so a language switch applies to errors already on screen.
const ptBR: Messages = {
  AUTH_INVALID_CREDENTIALS: 'E-mail ou senha inválidos.',
  AUTH_REQUIRED: 'Faça login para continuar.',
  AUTH_FORBIDDEN: 'Você não tem permissão para esta ação.',
  AUTH_CSRF: 'Sessão expirada ou requisição inválida. Recarregue a página.',
  AUTH_TOO_MANY_ATTEMPTS: 'Muitas tentativas de login. Aguarde um minuto e tente novamente.',
  AUTH_USER_INACTIVE: 'Este usuário está inativo.',
  AUTH_WRONG_PASSWORD: 'A senha atual não confere.',
  VALIDATION_FAILED: 'Verifique os campos destacados.',
  NOT_FOUND: 'Registro não encontrado.',
  ROUTE_NOT_FOUND: 'Endereço não encontrado.',
  RATE_LIMITED: 'Muitas requisições. Tente novamente em instantes.',
  USER_NOT_FOUND: 'Usuário não encontrado.',
  USER_EMAIL_TAKEN: 'Já existe um usuário com este e-mail.',
  USER_CANNOT_DEACTIVATE_SELF: 'Você não pode inativar o seu próprio usuário.',
  USER_LAST_ADMIN: 'A organização precisa de ao menos um administrador ativo.',
  TEAM_NOT_FOUND: 'Equipe não encontrada.',
  TEAM_NAME_TAKEN: 'Já existe uma equipe com este nome.',
  COMPANY_NOT_FOUND: 'Empresa não encontrada.',
  PRESENCE_NOT_MEMBER: 'Você não está vinculado a esta fila ou canal.',
  PRESENCE_NOT_ONLINE: 'Não há canal on-line para pausar.',
  PRESENCE_NOT_PAUSED: 'Não há canal pausado para retomar.',
  PRESENCE_REASON_REQUIRED: 'Escolha um motivo de pausa ativo.',
  // SPEC WS-02: the seed's exact text.
  PRESENCE_LOGOUT_BLOCKED: 'Você não pode fazer logout enquanto houver atendimentos em andamento. Finalize-os para sair da aplicação.',
  NOT_READY: 'O serviço está iniciando. Tente novamente em instantes.',
  INTERNAL: 'Ocorreu um erro inesperado. Tente novamente.',
};

const en: Messages = {
  AUTH_INVALID_CREDENTIALS: 'Invalid e-mail or password.',
  AUTH_REQUIRED: 'Please log in to continue.',
  AUTH_FORBIDDEN: 'You are not allowed to do this.',
  AUTH_CSRF: 'Session expired or invalid request. Reload the page.',
  AUTH_TOO_MANY_ATTEMPTS: 'Too many login attempts. Wait a minute and try again.',
  AUTH_USER_INACTIVE: 'This user is inactive.',
  AUTH_WRONG_PASSWORD: 'The current password does not match.',
  VALIDATION_FAILED: 'Check the highlighted fields.',
  NOT_FOUND: 'Record not found.',
  ROUTE_NOT_FOUND: 'Address not found.',
  RATE_LIMITED: 'Too many requests. Try again shortly.',
  USER_NOT_FOUND: 'User not found.',
  USER_EMAIL_TAKEN: 'A user with this e-mail already exists.',
  USER_CANNOT_DEACTIVATE_SELF: 'You cannot deactivate your own user.',
  USER_LAST_ADMIN: 'The organization needs at least one active administrator.',
  TEAM_NOT_FOUND: 'Team not found.',
  TEAM_NAME_TAKEN: 'A team with this name already exists.',
  COMPANY_NOT_FOUND: 'Company not found.',
  PRESENCE_NOT_MEMBER: 'You are not linked to this queue or channel.',
  PRESENCE_NOT_ONLINE: 'There is no online channel to pause.',
  PRESENCE_NOT_PAUSED: 'There is no paused channel to resume.',
  PRESENCE_REASON_REQUIRED: 'Choose an active pause reason.',
  PRESENCE_LOGOUT_BLOCKED: 'You cannot log out while there are attendances in progress. Finish them to leave the application.',
  NOT_READY: 'The service is starting. Try again shortly.',
  INTERNAL: 'Something went wrong. Please try again.',
};

export const errorMessages = { 'pt-BR': ptBR, en } as const;
