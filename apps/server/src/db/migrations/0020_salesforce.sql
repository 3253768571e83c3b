CREATE TABLE "salesforce_settings" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"enabled" boolean DEFAULT false NOT NULL,
	"login_url" text DEFAULT 'https://login.salesforce.com' NOT NULL,
	"auth_type" text DEFAULT 'client_credentials' NOT NULL,
	"client_id" text DEFAULT '' NOT NULL,
	"client_secret_sealed" text,
	"username" text,
	"private_key_sealed" text,
	"api_version" text DEFAULT '62.0' NOT NULL,
	"document_field" text DEFAULT 'CPF_CNPJ__c' NOT NULL,
	"chats" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "salesforce_settings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "salesforce_syncs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"call_id" uuid NOT NULL,
	"attendance_id" uuid,
	"protocol" text,
	"case_id" text,
	"task_id" text,
	"recording_linked" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"operation" text DEFAULT 'case' NOT NULL,
	"last_error" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "salesforce_syncs" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "salesforce_settings" ADD CONSTRAINT "salesforce_settings_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "salesforce_syncs" ADD CONSTRAINT "salesforce_syncs_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "salesforce_syncs_call_unique" ON "salesforce_syncs" USING btree ("organization_id","call_id");--> statement-breakpoint
CREATE INDEX "salesforce_syncs_attendance" ON "salesforce_syncs" USING btree ("attendance_id");--> statement-breakpoint
CREATE INDEX "salesforce_syncs_org_updated" ON "salesforce_syncs" USING btree ("organization_id","updated_at");--> statement-breakpoint
CREATE POLICY "salesforce_settings_tenant_isolation" ON "salesforce_settings" AS PERMISSIVE FOR ALL TO "atende_app" USING (organization_id = app_current_org()) WITH CHECK (organization_id = app_current_org());--> statement-breakpoint
CREATE POLICY "salesforce_syncs_tenant_isolation" ON "salesforce_syncs" AS PERMISSIVE FOR ALL TO "atende_app" USING (organization_id = app_current_org()) WITH CHECK (organization_id = app_current_org());