ALTER TABLE "salesforce_syncs" ALTER COLUMN "call_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "attendance_events" ADD COLUMN "actor_token_id" uuid;--> statement-breakpoint
ALTER TABLE "attendance_events" ADD COLUMN "actor_token_name" text;--> statement-breakpoint
CREATE UNIQUE INDEX "salesforce_syncs_chat_unique" ON "salesforce_syncs" USING btree ("organization_id","attendance_id") WHERE call_id is null;