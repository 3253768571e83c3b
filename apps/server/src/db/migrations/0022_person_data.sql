CREATE TABLE "person_fields" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"person_type" text NOT NULL,
	"key" text NOT NULL,
	"label" text NOT NULL,
	"type" text NOT NULL,
	"required" boolean DEFAULT false NOT NULL,
	"options" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "person_fields" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "person_service_settings" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"url_template" text NOT NULL,
	"header_name" text,
	"header_value_sealed" text,
	"timeout_ms" integer DEFAULT 5000 NOT NULL,
	"mapping" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "person_service_settings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "custom" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "person_fields" ADD CONSTRAINT "person_fields_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_service_settings" ADD CONSTRAINT "person_service_settings_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "person_fields_key_unique" ON "person_fields" USING btree ("organization_id","person_type","key");--> statement-breakpoint
CREATE POLICY "person_fields_tenant_isolation" ON "person_fields" AS PERMISSIVE FOR ALL TO "atende_app" USING (organization_id = app_current_org()) WITH CHECK (organization_id = app_current_org());--> statement-breakpoint
CREATE POLICY "person_service_settings_tenant_isolation" ON "person_service_settings" AS PERMISSIVE FOR ALL TO "atende_app" USING (organization_id = app_current_org()) WITH CHECK (organization_id = app_current_org());