CREATE TABLE "call_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "call_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"organization_id" uuid NOT NULL,
	"call_id" uuid NOT NULL,
	"type" text NOT NULL,
	"actor_id" uuid,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "call_events" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "call_recordings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"call_id" uuid NOT NULL,
	"attendance_id" uuid,
	"status" text DEFAULT 'pending' NOT NULL,
	"source_url" text,
	"storage_key" text,
	"content_type" text,
	"size" integer,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"stored_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "call_recordings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "callback_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"call_id" uuid NOT NULL,
	"attendance_id" uuid,
	"queue_id" uuid,
	"number" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"done_at" timestamp with time zone,
	"done_by" uuid
);
--> statement-breakpoint
ALTER TABLE "callback_tasks" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "calls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"provider" text NOT NULL,
	"external_id" text,
	"direction" text NOT NULL,
	"state" text DEFAULT 'ringing' NOT NULL,
	"abandoned" boolean DEFAULT false NOT NULL,
	"from_number" text DEFAULT '' NOT NULL,
	"to_number" text DEFAULT '' NOT NULL,
	"queue_id" uuid,
	"attendance_id" uuid,
	"agent_id" uuid,
	"person_id" uuid,
	"protocol" text,
	"caller_name" text,
	"caller_search" text DEFAULT '' NOT NULL,
	"ivr" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"held" boolean DEFAULT false NOT NULL,
	"muted" boolean DEFAULT false NOT NULL,
	"cause" text,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ringing_since" timestamp with time zone,
	"ring_seq" integer DEFAULT 0 NOT NULL,
	"missed_agent_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"answered_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"duration_seconds" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "calls" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "sip_accounts" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"password_sealed" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sip_accounts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "voice_settings" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"cti_token" text NOT NULL,
	"click_to_dial_url" text,
	"click_to_dial_method" text DEFAULT 'POST' NOT NULL,
	"ring_timeout_seconds" integer DEFAULT 20 NOT NULL,
	"callback_on_abandon" boolean DEFAULT false NOT NULL,
	"recording_retention_days" integer DEFAULT 90 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "voice_settings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "call_events" ADD CONSTRAINT "call_events_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_events" ADD CONSTRAINT "call_events_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_recordings" ADD CONSTRAINT "call_recordings_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_recordings" ADD CONSTRAINT "call_recordings_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_recordings" ADD CONSTRAINT "call_recordings_attendance_id_attendances_id_fk" FOREIGN KEY ("attendance_id") REFERENCES "public"."attendances"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "callback_tasks" ADD CONSTRAINT "callback_tasks_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "callback_tasks" ADD CONSTRAINT "callback_tasks_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "callback_tasks" ADD CONSTRAINT "callback_tasks_attendance_id_attendances_id_fk" FOREIGN KEY ("attendance_id") REFERENCES "public"."attendances"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "callback_tasks" ADD CONSTRAINT "callback_tasks_queue_id_queues_id_fk" FOREIGN KEY ("queue_id") REFERENCES "public"."queues"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_queue_id_queues_id_fk" FOREIGN KEY ("queue_id") REFERENCES "public"."queues"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_attendance_id_attendances_id_fk" FOREIGN KEY ("attendance_id") REFERENCES "public"."attendances"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_agent_id_users_id_fk" FOREIGN KEY ("agent_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sip_accounts" ADD CONSTRAINT "sip_accounts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sip_accounts" ADD CONSTRAINT "sip_accounts_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voice_settings" ADD CONSTRAINT "voice_settings_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "call_events_call_id_id_index" ON "call_events" USING btree ("call_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "call_recordings_call_unique" ON "call_recordings" USING btree ("call_id");--> statement-breakpoint
CREATE INDEX "call_recordings_org_created" ON "call_recordings" USING btree ("organization_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "callback_tasks_call_unique" ON "callback_tasks" USING btree ("call_id");--> statement-breakpoint
CREATE INDEX "callback_tasks_open" ON "callback_tasks" USING btree ("organization_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "calls_external_unique" ON "calls" USING btree ("organization_id","external_id") WHERE external_id is not null;--> statement-breakpoint
CREATE INDEX "calls_org_started" ON "calls" USING btree ("organization_id","started_at");--> statement-breakpoint
CREATE INDEX "calls_ringing" ON "calls" USING btree ("organization_id","queue_id") WHERE state = 'ringing';--> statement-breakpoint
CREATE INDEX "calls_agent_open" ON "calls" USING btree ("organization_id","agent_id") WHERE state <> 'ended';--> statement-breakpoint
CREATE INDEX "calls_attendance_id_index" ON "calls" USING btree ("attendance_id");--> statement-breakpoint
CREATE UNIQUE INDEX "voice_settings_cti_token_unique" ON "voice_settings" USING btree ("cti_token");--> statement-breakpoint
CREATE POLICY "call_events_tenant_isolation" ON "call_events" AS PERMISSIVE FOR ALL TO "atende_app" USING (organization_id = app_current_org()) WITH CHECK (organization_id = app_current_org());--> statement-breakpoint
CREATE POLICY "call_recordings_tenant_isolation" ON "call_recordings" AS PERMISSIVE FOR ALL TO "atende_app" USING (organization_id = app_current_org()) WITH CHECK (organization_id = app_current_org());--> statement-breakpoint
CREATE POLICY "callback_tasks_tenant_isolation" ON "callback_tasks" AS PERMISSIVE FOR ALL TO "atende_app" USING (organization_id = app_current_org()) WITH CHECK (organization_id = app_current_org());--> statement-breakpoint
CREATE POLICY "calls_tenant_isolation" ON "calls" AS PERMISSIVE FOR ALL TO "atende_app" USING (organization_id = app_current_org()) WITH CHECK (organization_id = app_current_org());--> statement-breakpoint
CREATE POLICY "sip_accounts_tenant_isolation" ON "sip_accounts" AS PERMISSIVE FOR ALL TO "atende_app" USING (organization_id = app_current_org()) WITH CHECK (organization_id = app_current_org());--> statement-breakpoint
CREATE POLICY "voice_settings_tenant_isolation" ON "voice_settings" AS PERMISSIVE FOR ALL TO "atende_app" USING (organization_id = app_current_org()) WITH CHECK (organization_id = app_current_org());