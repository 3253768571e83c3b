CREATE TABLE "channel_inbound_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "channel_inbound_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"organization_id" uuid NOT NULL,
	"channel_id" uuid NOT NULL,
	"event_id" text NOT NULL,
	"payload" jsonb NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"processed_at" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text
);
--> statement-breakpoint
ALTER TABLE "channel_inbound_events" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "channels" ADD COLUMN "secrets" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "channels" ADD COLUMN "provider_key" text;--> statement-breakpoint
ALTER TABLE "attendance_messages" ADD COLUMN "kind" text DEFAULT 'text' NOT NULL;--> statement-breakpoint
ALTER TABLE "attendance_messages" ADD COLUMN "content" jsonb;--> statement-breakpoint
ALTER TABLE "attendance_messages" ADD COLUMN "delivery_status" text;--> statement-breakpoint
ALTER TABLE "attendance_messages" ADD COLUMN "delivery_error" jsonb;--> statement-breakpoint
ALTER TABLE "attendance_messages" ADD COLUMN "provider_message_id" text;--> statement-breakpoint
ALTER TABLE "attendance_messages" ADD COLUMN "edited_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "attendance_messages" ADD COLUMN "reactions" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "attendances" ADD COLUMN "last_contact_message_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "channel_inbound_events" ADD CONSTRAINT "channel_inbound_events_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "channel_inbound_events" ADD CONSTRAINT "channel_inbound_events_channel_id_channels_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."channels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "channel_inbound_events_unique" ON "channel_inbound_events" USING btree ("channel_id","event_id");--> statement-breakpoint
CREATE INDEX "channel_inbound_events_pending" ON "channel_inbound_events" USING btree ("next_attempt_at") WHERE processed_at is null;--> statement-breakpoint
CREATE UNIQUE INDEX "channels_provider_key_unique" ON "channels" USING btree ("type","provider_key") WHERE provider_key is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "attendance_messages_provider_unique" ON "attendance_messages" USING btree ("attendance_id","provider_message_id") WHERE provider_message_id is not null;--> statement-breakpoint
CREATE INDEX "attendance_messages_provider_id" ON "attendance_messages" USING btree ("organization_id","provider_message_id") WHERE provider_message_id is not null;--> statement-breakpoint
CREATE POLICY "channel_inbound_events_tenant_isolation" ON "channel_inbound_events" AS PERMISSIVE FOR ALL TO "atende_app" USING (organization_id = app_current_org()) WITH CHECK (organization_id = app_current_org());