CREATE TABLE "alert_app_sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"app_user_id" uuid NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "alert_app_sessions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "alert_app_users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"cpf" text NOT NULL,
	"phone" text,
	"email" text,
	"team_id" uuid,
	"active" boolean DEFAULT true NOT NULL,
	"password_hash" text,
	"first_access_token_hash" text,
	"first_access_expires_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "alert_app_users" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "alert_settings" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"service_number" text,
	"level_texts" jsonb NOT NULL,
	"team_id" uuid,
	"voice_queue_id" uuid,
	"tile_url" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "alert_settings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "alerts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"app_user_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"level" text NOT NULL,
	"level_text" text NOT NULL,
	"user_name" text NOT NULL,
	"user_cpf" text NOT NULL,
	"user_phone" text,
	"team_id" uuid,
	"lat" double precision,
	"lng" double precision,
	"accuracy" double precision,
	"fired_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"received_at" timestamp with time zone,
	"state" text DEFAULT 'new' NOT NULL,
	"assignee_id" uuid,
	"assigned_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	"closing_note" text,
	"voice_note_key" text,
	"voice_note_mime" text,
	"voice_note_size" integer
);
--> statement-breakpoint
ALTER TABLE "alerts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "alert_app_sessions" ADD CONSTRAINT "alert_app_sessions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alert_app_sessions" ADD CONSTRAINT "alert_app_sessions_app_user_id_alert_app_users_id_fk" FOREIGN KEY ("app_user_id") REFERENCES "public"."alert_app_users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alert_app_users" ADD CONSTRAINT "alert_app_users_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alert_app_users" ADD CONSTRAINT "alert_app_users_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alert_settings" ADD CONSTRAINT "alert_settings_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alert_settings" ADD CONSTRAINT "alert_settings_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alert_settings" ADD CONSTRAINT "alert_settings_voice_queue_id_queues_id_fk" FOREIGN KEY ("voice_queue_id") REFERENCES "public"."queues"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_app_user_id_alert_app_users_id_fk" FOREIGN KEY ("app_user_id") REFERENCES "public"."alert_app_users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "alert_app_sessions_app_user_id_index" ON "alert_app_sessions" USING btree ("app_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "alert_app_users_cpf_unique" ON "alert_app_users" USING btree ("organization_id","cpf");--> statement-breakpoint
CREATE UNIQUE INDEX "alert_app_users_email_unique" ON "alert_app_users" USING btree ("organization_id","email") WHERE email is not null;--> statement-breakpoint
CREATE INDEX "alert_app_users_cpf" ON "alert_app_users" USING btree ("cpf");--> statement-breakpoint
CREATE INDEX "alert_app_users_email" ON "alert_app_users" USING btree ("email");--> statement-breakpoint
CREATE INDEX "alert_app_users_invite" ON "alert_app_users" USING btree ("first_access_token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "alerts_client_id_unique" ON "alerts" USING btree ("organization_id","app_user_id","client_id");--> statement-breakpoint
CREATE INDEX "alerts_organization_id_fired_at_index" ON "alerts" USING btree ("organization_id","fired_at");--> statement-breakpoint
CREATE INDEX "alerts_app_user_id_fired_at_index" ON "alerts" USING btree ("app_user_id","fired_at");--> statement-breakpoint
CREATE POLICY "alert_app_sessions_tenant_isolation" ON "alert_app_sessions" AS PERMISSIVE FOR ALL TO "atende_app" USING (organization_id = app_current_org()) WITH CHECK (organization_id = app_current_org());--> statement-breakpoint
CREATE POLICY "alert_app_users_tenant_isolation" ON "alert_app_users" AS PERMISSIVE FOR ALL TO "atende_app" USING (organization_id = app_current_org()) WITH CHECK (organization_id = app_current_org());--> statement-breakpoint
CREATE POLICY "alert_settings_tenant_isolation" ON "alert_settings" AS PERMISSIVE FOR ALL TO "atende_app" USING (organization_id = app_current_org()) WITH CHECK (organization_id = app_current_org());--> statement-breakpoint
CREATE POLICY "alerts_tenant_isolation" ON "alerts" AS PERMISSIVE FOR ALL TO "atende_app" USING (organization_id = app_current_org()) WITH CHECK (organization_id = app_current_org());