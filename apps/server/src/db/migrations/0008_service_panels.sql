CREATE TABLE "business_calendars" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"company_id" uuid,
	"name" text NOT NULL,
	"time_zone" text DEFAULT 'America/Sao_Paulo' NOT NULL,
	"hours" jsonb NOT NULL,
	"national_holidays" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "business_calendars" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "calendar_holidays" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"calendar_id" uuid NOT NULL,
	"date" date NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "calendar_holidays" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "classifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "classifications" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "contact_origins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"key" text,
	"name" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "contact_origins" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "processes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "processes" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "sla_policies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"classification_id" uuid,
	"process_id" uuid,
	"resolution_minutes" integer NOT NULL,
	"mode" text DEFAULT 'business' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sla_policies" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "sla_reasons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sla_reasons" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "subprocesses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"process_id" uuid NOT NULL,
	"name" text NOT NULL,
	"position" integer NOT NULL,
	"duration_hours" integer NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "subprocesses" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "tool_permissions" (
	"organization_id" uuid NOT NULL,
	"role" text NOT NULL,
	"tool" text NOT NULL,
	"allowed" boolean NOT NULL,
	CONSTRAINT "tool_permissions_organization_id_role_tool_pk" PRIMARY KEY("organization_id","role","tool")
);
--> statement-breakpoint
ALTER TABLE "tool_permissions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "attendance_subprocesses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"attendance_id" uuid NOT NULL,
	"process_id" uuid NOT NULL,
	"subprocess_id" uuid NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"started_by" uuid,
	"ended_at" timestamp with time zone,
	"ended_by" uuid
);
--> statement-breakpoint
ALTER TABLE "attendance_subprocesses" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "grid_preferences" (
	"organization_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"grid" text NOT NULL,
	"settings" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grid_preferences_user_id_grid_pk" PRIMARY KEY("user_id","grid")
);
--> statement-breakpoint
ALTER TABLE "grid_preferences" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "service_orders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"code" bigint GENERATED ALWAYS AS IDENTITY (sequence name "service_orders_code_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"attendance_id" uuid NOT NULL,
	"status" text DEFAULT 'unscheduled' NOT NULL,
	"scheduled_at" timestamp with time zone,
	"description" text DEFAULT '' NOT NULL,
	"address_cep" text,
	"address_street" text,
	"address_number" text,
	"address_district" text,
	"address_city" text,
	"address_state" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"removed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "service_orders" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "sla_interventions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"attendance_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"reason_id" uuid NOT NULL,
	"observations" text DEFAULT '' NOT NULL,
	"unit" text,
	"quantity" integer,
	"previous_due_at" timestamp with time zone,
	"new_due_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resumed_at" timestamp with time zone,
	"resumed_by" uuid
);
--> statement-breakpoint
ALTER TABLE "sla_interventions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "queues" ADD COLUMN "service_level_seconds" integer DEFAULT 60 NOT NULL;--> statement-breakpoint
ALTER TABLE "attendances" ADD COLUMN "company_id" uuid;--> statement-breakpoint
ALTER TABLE "attendances" ADD COLUMN "team_id" uuid;--> statement-breakpoint
ALTER TABLE "attendances" ADD COLUMN "opened_by" uuid;--> statement-breakpoint
ALTER TABLE "attendances" ADD COLUMN "description" text;--> statement-breakpoint
ALTER TABLE "attendances" ADD COLUMN "contact_origin_id" uuid;--> statement-breakpoint
ALTER TABLE "attendances" ADD COLUMN "opening_classification_id" uuid;--> statement-breakpoint
ALTER TABLE "attendances" ADD COLUMN "closing_classification_id" uuid;--> statement-breakpoint
ALTER TABLE "attendances" ADD COLUMN "process_id" uuid;--> statement-breakpoint
ALTER TABLE "attendances" ADD COLUMN "subprocess_id" uuid;--> statement-breakpoint
ALTER TABLE "attendances" ADD COLUMN "subprocess_started_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "attendances" ADD COLUMN "subprocess_due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "attendances" ADD COLUMN "address_cep" text;--> statement-breakpoint
ALTER TABLE "attendances" ADD COLUMN "address_street" text;--> statement-breakpoint
ALTER TABLE "attendances" ADD COLUMN "address_number" text;--> statement-breakpoint
ALTER TABLE "attendances" ADD COLUMN "address_district" text;--> statement-breakpoint
ALTER TABLE "attendances" ADD COLUMN "address_city" text;--> statement-breakpoint
ALTER TABLE "attendances" ADD COLUMN "address_state" text;--> statement-breakpoint
ALTER TABLE "attendances" ADD COLUMN "address_condo" text;--> statement-breakpoint
ALTER TABLE "attendances" ADD COLUMN "sla_policy_id" uuid;--> statement-breakpoint
ALTER TABLE "attendances" ADD COLUMN "sla_mode" text;--> statement-breakpoint
ALTER TABLE "attendances" ADD COLUMN "sla_minutes" integer;--> statement-breakpoint
ALTER TABLE "attendances" ADD COLUMN "sla_started_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "attendances" ADD COLUMN "sla_due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "attendances" ADD COLUMN "sla_paused_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "attendances" ADD COLUMN "service_order_status" text DEFAULT 'none' NOT NULL;--> statement-breakpoint
ALTER TABLE "business_calendars" ADD CONSTRAINT "business_calendars_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_calendars" ADD CONSTRAINT "business_calendars_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_holidays" ADD CONSTRAINT "calendar_holidays_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_holidays" ADD CONSTRAINT "calendar_holidays_calendar_id_business_calendars_id_fk" FOREIGN KEY ("calendar_id") REFERENCES "public"."business_calendars"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "classifications" ADD CONSTRAINT "classifications_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_origins" ADD CONSTRAINT "contact_origins_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "processes" ADD CONSTRAINT "processes_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sla_policies" ADD CONSTRAINT "sla_policies_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sla_policies" ADD CONSTRAINT "sla_policies_classification_id_classifications_id_fk" FOREIGN KEY ("classification_id") REFERENCES "public"."classifications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sla_policies" ADD CONSTRAINT "sla_policies_process_id_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."processes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sla_reasons" ADD CONSTRAINT "sla_reasons_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subprocesses" ADD CONSTRAINT "subprocesses_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subprocesses" ADD CONSTRAINT "subprocesses_process_id_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."processes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tool_permissions" ADD CONSTRAINT "tool_permissions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance_subprocesses" ADD CONSTRAINT "attendance_subprocesses_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance_subprocesses" ADD CONSTRAINT "attendance_subprocesses_attendance_id_attendances_id_fk" FOREIGN KEY ("attendance_id") REFERENCES "public"."attendances"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance_subprocesses" ADD CONSTRAINT "attendance_subprocesses_process_id_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."processes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance_subprocesses" ADD CONSTRAINT "attendance_subprocesses_subprocess_id_subprocesses_id_fk" FOREIGN KEY ("subprocess_id") REFERENCES "public"."subprocesses"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance_subprocesses" ADD CONSTRAINT "attendance_subprocesses_started_by_users_id_fk" FOREIGN KEY ("started_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance_subprocesses" ADD CONSTRAINT "attendance_subprocesses_ended_by_users_id_fk" FOREIGN KEY ("ended_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grid_preferences" ADD CONSTRAINT "grid_preferences_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grid_preferences" ADD CONSTRAINT "grid_preferences_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_orders" ADD CONSTRAINT "service_orders_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_orders" ADD CONSTRAINT "service_orders_attendance_id_attendances_id_fk" FOREIGN KEY ("attendance_id") REFERENCES "public"."attendances"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_orders" ADD CONSTRAINT "service_orders_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sla_interventions" ADD CONSTRAINT "sla_interventions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sla_interventions" ADD CONSTRAINT "sla_interventions_attendance_id_attendances_id_fk" FOREIGN KEY ("attendance_id") REFERENCES "public"."attendances"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sla_interventions" ADD CONSTRAINT "sla_interventions_reason_id_sla_reasons_id_fk" FOREIGN KEY ("reason_id") REFERENCES "public"."sla_reasons"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sla_interventions" ADD CONSTRAINT "sla_interventions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sla_interventions" ADD CONSTRAINT "sla_interventions_resumed_by_users_id_fk" FOREIGN KEY ("resumed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "business_calendars_company_unique" ON "business_calendars" USING btree ("organization_id","company_id") WHERE company_id is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "business_calendars_default_unique" ON "business_calendars" USING btree ("organization_id") WHERE company_id is null;--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_holidays_date_unique" ON "calendar_holidays" USING btree ("calendar_id","date");--> statement-breakpoint
CREATE UNIQUE INDEX "classifications_name_unique" ON "classifications" USING btree ("organization_id","kind",lower(name));--> statement-breakpoint
CREATE UNIQUE INDEX "contact_origins_key_unique" ON "contact_origins" USING btree ("organization_id","key") WHERE key is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "contact_origins_name_unique" ON "contact_origins" USING btree ("organization_id",lower(name));--> statement-breakpoint
CREATE UNIQUE INDEX "processes_name_unique" ON "processes" USING btree ("organization_id",lower(name));--> statement-breakpoint
CREATE UNIQUE INDEX "sla_policies_scope_unique" ON "sla_policies" USING btree ("organization_id",coalesce(classification_id, '00000000-0000-0000-0000-000000000000'::uuid),coalesce(process_id, '00000000-0000-0000-0000-000000000000'::uuid)) WHERE active;--> statement-breakpoint
CREATE UNIQUE INDEX "sla_reasons_name_unique" ON "sla_reasons" USING btree ("organization_id","type",lower(name));--> statement-breakpoint
CREATE UNIQUE INDEX "subprocesses_name_unique" ON "subprocesses" USING btree ("process_id",lower(name));--> statement-breakpoint
CREATE INDEX "subprocesses_process_id_position_index" ON "subprocesses" USING btree ("process_id","position");--> statement-breakpoint
CREATE INDEX "attendance_subprocesses_attendance_id_started_at_index" ON "attendance_subprocesses" USING btree ("attendance_id","started_at");--> statement-breakpoint
CREATE INDEX "service_orders_attendance_id_index" ON "service_orders" USING btree ("attendance_id") WHERE removed_at is null;--> statement-breakpoint
CREATE INDEX "sla_interventions_attendance_id_created_at_index" ON "sla_interventions" USING btree ("attendance_id","created_at");--> statement-breakpoint
ALTER TABLE "attendances" ADD CONSTRAINT "attendances_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendances" ADD CONSTRAINT "attendances_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendances" ADD CONSTRAINT "attendances_opened_by_users_id_fk" FOREIGN KEY ("opened_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendances" ADD CONSTRAINT "attendances_contact_origin_id_contact_origins_id_fk" FOREIGN KEY ("contact_origin_id") REFERENCES "public"."contact_origins"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendances" ADD CONSTRAINT "attendances_opening_classification_id_classifications_id_fk" FOREIGN KEY ("opening_classification_id") REFERENCES "public"."classifications"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendances" ADD CONSTRAINT "attendances_closing_classification_id_classifications_id_fk" FOREIGN KEY ("closing_classification_id") REFERENCES "public"."classifications"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendances" ADD CONSTRAINT "attendances_process_id_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."processes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendances" ADD CONSTRAINT "attendances_subprocess_id_subprocesses_id_fk" FOREIGN KEY ("subprocess_id") REFERENCES "public"."subprocesses"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendances" ADD CONSTRAINT "attendances_sla_policy_id_sla_policies_id_fk" FOREIGN KEY ("sla_policy_id") REFERENCES "public"."sla_policies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "attendances_code_unique" ON "attendances" USING btree ("organization_id","code");--> statement-breakpoint
CREATE INDEX "attendances_open_created" ON "attendances" USING btree ("organization_id","created_at") WHERE status <> 'finished';--> statement-breakpoint
CREATE INDEX "attendances_open_sla_due" ON "attendances" USING btree ("organization_id","sla_due_at") WHERE status <> 'finished';--> statement-breakpoint
CREATE INDEX "attendances_open_subprocess_due" ON "attendances" USING btree ("organization_id","subprocess_due_at") WHERE status <> 'finished';--> statement-breakpoint
CREATE INDEX "attendances_finished_at" ON "attendances" USING btree ("organization_id","finished_at") WHERE status = 'finished';--> statement-breakpoint
CREATE INDEX "attendances_created" ON "attendances" USING btree ("organization_id","created_at");--> statement-breakpoint
CREATE INDEX "attendances_sla_due" ON "attendances" USING btree ("organization_id","sla_due_at");--> statement-breakpoint
CREATE POLICY "business_calendars_tenant_isolation" ON "business_calendars" AS PERMISSIVE FOR ALL TO "atende_app" USING (organization_id = app_current_org()) WITH CHECK (organization_id = app_current_org());--> statement-breakpoint
CREATE POLICY "calendar_holidays_tenant_isolation" ON "calendar_holidays" AS PERMISSIVE FOR ALL TO "atende_app" USING (organization_id = app_current_org()) WITH CHECK (organization_id = app_current_org());--> statement-breakpoint
CREATE POLICY "classifications_tenant_isolation" ON "classifications" AS PERMISSIVE FOR ALL TO "atende_app" USING (organization_id = app_current_org()) WITH CHECK (organization_id = app_current_org());--> statement-breakpoint
CREATE POLICY "contact_origins_tenant_isolation" ON "contact_origins" AS PERMISSIVE FOR ALL TO "atende_app" USING (organization_id = app_current_org()) WITH CHECK (organization_id = app_current_org());--> statement-breakpoint
CREATE POLICY "processes_tenant_isolation" ON "processes" AS PERMISSIVE FOR ALL TO "atende_app" USING (organization_id = app_current_org()) WITH CHECK (organization_id = app_current_org());--> statement-breakpoint
CREATE POLICY "sla_policies_tenant_isolation" ON "sla_policies" AS PERMISSIVE FOR ALL TO "atende_app" USING (organization_id = app_current_org()) WITH CHECK (organization_id = app_current_org());--> statement-breakpoint
CREATE POLICY "sla_reasons_tenant_isolation" ON "sla_reasons" AS PERMISSIVE FOR ALL TO "atende_app" USING (organization_id = app_current_org()) WITH CHECK (organization_id = app_current_org());--> statement-breakpoint
CREATE POLICY "subprocesses_tenant_isolation" ON "subprocesses" AS PERMISSIVE FOR ALL TO "atende_app" USING (organization_id = app_current_org()) WITH CHECK (organization_id = app_current_org());--> statement-breakpoint
CREATE POLICY "tool_permissions_tenant_isolation" ON "tool_permissions" AS PERMISSIVE FOR ALL TO "atende_app" USING (organization_id = app_current_org()) WITH CHECK (organization_id = app_current_org());--> statement-breakpoint
CREATE POLICY "attendance_subprocesses_tenant_isolation" ON "attendance_subprocesses" AS PERMISSIVE FOR ALL TO "atende_app" USING (organization_id = app_current_org()) WITH CHECK (organization_id = app_current_org());--> statement-breakpoint
CREATE POLICY "grid_preferences_tenant_isolation" ON "grid_preferences" AS PERMISSIVE FOR ALL TO "atende_app" USING (organization_id = app_current_org()) WITH CHECK (organization_id = app_current_org());--> statement-breakpoint
CREATE POLICY "service_orders_tenant_isolation" ON "service_orders" AS PERMISSIVE FOR ALL TO "atende_app" USING (organization_id = app_current_org()) WITH CHECK (organization_id = app_current_org());--> statement-breakpoint
CREATE POLICY "sla_interventions_tenant_isolation" ON "sla_interventions" AS PERMISSIVE FOR ALL TO "atende_app" USING (organization_id = app_current_org()) WITH CHECK (organization_id = app_current_org());