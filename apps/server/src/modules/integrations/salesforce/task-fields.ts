// SPEC CRM-02: the Task on the Case once the call ended or the chat attendance was finished:
// Subject = the protocol, "Comentários" (Description) = the link to what happened (the recording's
// download link, or the chat transcript's), Status Completed. What differs by kind is `activity`:
// a call is TaskSubtype "Call" with its direction and duration; a chat is TaskSubtype "Task" — of
// the subtypes Salesforce accepts on create (Task, Email, ListEmail, Cadence, Call, LinkedIn),
// "Email" makes the activity timeline show the Task as an e-mail message sent, which a chat is not.

export type TaskActivity = { kind: 'call'; direction: 'in' | 'out'; durationSeconds: number | null; at: Date } | { kind: 'chat'; at: Date };

export function taskFields(input: { caseId: string; protocol: string; link: string | null; activity: TaskActivity }): Record<string, unknown> {
  const { activity } = input;
  return {
    WhatId: input.caseId,
    Subject: input.protocol,
    Description: input.link ?? '',
    ...(activity.kind === 'call'
      ? {
          TaskSubtype: 'Call',
          CallType: activity.direction === 'out' ? 'Outbound' : 'Inbound',
          CallDurationInSeconds: activity.durationSeconds,
        }
      : { TaskSubtype: 'Task' }),
    Status: 'Completed',
    ActivityDate: activity.at.toISOString().slice(0, 10),
  };
}
