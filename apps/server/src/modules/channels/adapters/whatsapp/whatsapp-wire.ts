// SPEC CH-02: the parts of the WhatsApp Cloud API's public wire format this adapter reads. Only the
// fields we use are typed; everything is optional because the provider adds and omits fields freely.

/** The Graph API version every call is made against (one place to move it forward). */
export const GRAPH_VERSION = 'v21.0';

/** WhatsApp accepts media up to 100 MB (documents); anything larger is refused before download. */
export const MAX_MEDIA_BYTES = 100 * 1024 * 1024;

export type WaMediaObject = { id?: string; mime_type?: string; sha256?: string; caption?: string; filename?: string; voice?: boolean };

export type WaContactCard = {
  name?: { formatted_name?: string; first_name?: string; last_name?: string };
  phones?: { phone?: string; wa_id?: string; type?: string }[];
  emails?: { email?: string; type?: string }[];
  org?: { company?: string; department?: string; title?: string };
};

export type WaMessage = {
  from?: string;
  id?: string;
  timestamp?: string;
  type?: string;
  context?: { from?: string; id?: string };
  text?: { body?: string };
  image?: WaMediaObject;
  audio?: WaMediaObject;
  video?: WaMediaObject;
  document?: WaMediaObject;
  sticker?: WaMediaObject;
  location?: { latitude?: number; longitude?: number; name?: string; address?: string };
  contacts?: WaContactCard[];
  interactive?: {
    type?: string;
    button_reply?: { id?: string; title?: string };
    list_reply?: { id?: string; title?: string; description?: string };
  };
  button?: { payload?: string; text?: string };
  reaction?: { message_id?: string; emoji?: string };
};

export type WaError = { code?: number | string; title?: string; message?: string; error_data?: { details?: string } };

export type WaStatus = {
  id?: string;
  status?: string;
  timestamp?: string;
  recipient_id?: string;
  errors?: WaError[];
};

export type WaChangeValue = {
  messaging_product?: string;
  metadata?: { display_phone_number?: string; phone_number_id?: string };
  contacts?: { profile?: { name?: string }; wa_id?: string }[];
  messages?: WaMessage[];
  statuses?: WaStatus[];
};

export type WaWebhook = {
  object?: string;
  entry?: { id?: string; changes?: { field?: string; value?: WaChangeValue }[] }[];
};

/** The error body of a failed Graph API call. */
export type GraphErrorBody = {
  error?: {
    message?: string;
    type?: string;
    code?: number;
    error_subcode?: number;
    error_user_title?: string;
    error_data?: { messaging_product?: string; details?: string };
    fbtrace_id?: string;
  };
};
