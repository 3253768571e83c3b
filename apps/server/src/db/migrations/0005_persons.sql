CREATE TABLE "person_addresses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"cep" text,
	"logradouro" text,
	"numero" text,
	"complemento" text,
	"bairro" text,
	"cidade" text NOT NULL,
	"uf" text NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "person_addresses" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "person_emails" (
	"organization_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"email" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "person_emails_person_id_email_pk" PRIMARY KEY("person_id","email")
);
--> statement-breakpoint
ALTER TABLE "person_emails" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "person_identities" (
	"organization_id" uuid NOT NULL,
	"channel_type" text NOT NULL,
	"identity" text NOT NULL,
	"person_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "person_identities_pkey" PRIMARY KEY("organization_id","channel_type","identity")
);
--> statement-breakpoint
ALTER TABLE "person_identities" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "person_phones" (
	"organization_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"e164" text NOT NULL,
	"match_key" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "person_phones_person_id_e164_match_key_pk" PRIMARY KEY("person_id","e164","match_key")
);
--> statement-breakpoint
ALTER TABLE "person_phones" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "persons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"type" text NOT NULL,
	"name" text NOT NULL,
	"search_name" text NOT NULL,
	"document" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid
);
--> statement-breakpoint
ALTER TABLE "persons" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "person_addresses" ADD CONSTRAINT "person_addresses_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_addresses" ADD CONSTRAINT "person_addresses_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_emails" ADD CONSTRAINT "person_emails_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_emails" ADD CONSTRAINT "person_emails_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_identities" ADD CONSTRAINT "person_identities_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_identities" ADD CONSTRAINT "person_identities_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_phones" ADD CONSTRAINT "person_phones_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_phones" ADD CONSTRAINT "person_phones_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "person_addresses_person_id_index" ON "person_addresses" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "person_emails_organization_id_email_index" ON "person_emails" USING btree ("organization_id","email");--> statement-breakpoint
CREATE INDEX "person_identities_person_id_index" ON "person_identities" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "person_phones_organization_id_match_key_index" ON "person_phones" USING btree ("organization_id","match_key");--> statement-breakpoint
CREATE UNIQUE INDEX "persons_document_unique" ON "persons" USING btree ("organization_id","document") WHERE document is not null;--> statement-breakpoint
CREATE INDEX "persons_organization_id_search_name_index" ON "persons" USING btree ("organization_id","search_name");--> statement-breakpoint
CREATE INDEX "persons_organization_id_updated_at_index" ON "persons" USING btree ("organization_id","updated_at");--> statement-breakpoint
CREATE POLICY "person_addresses_tenant_isolation" ON "person_addresses" AS PERMISSIVE FOR ALL TO "atende_app" USING (organization_id = app_current_org()) WITH CHECK (organization_id = app_current_org());--> statement-breakpoint
CREATE POLICY "person_emails_tenant_isolation" ON "person_emails" AS PERMISSIVE FOR ALL TO "atende_app" USING (organization_id = app_current_org()) WITH CHECK (organization_id = app_current_org());--> statement-breakpoint
CREATE POLICY "person_identities_tenant_isolation" ON "person_identities" AS PERMISSIVE FOR ALL TO "atende_app" USING (organization_id = app_current_org()) WITH CHECK (organization_id = app_current_org());--> statement-breakpoint
CREATE POLICY "person_phones_tenant_isolation" ON "person_phones" AS PERMISSIVE FOR ALL TO "atende_app" USING (organization_id = app_current_org()) WITH CHECK (organization_id = app_current_org());--> statement-breakpoint
CREATE POLICY "persons_tenant_isolation" ON "persons" AS PERMISSIVE FOR ALL TO "atende_app" USING (organization_id = app_current_org()) WITH CHECK (organization_id = app_current_org());