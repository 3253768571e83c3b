CREATE TABLE "attendance_code_counters" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"last_value" bigint NOT NULL
);
--> statement-breakpoint
ALTER TABLE "attendance_code_counters" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
DROP INDEX "users_email_unique";--> statement-breakpoint
ALTER TABLE "attendances" ALTER COLUMN "code" DROP IDENTITY;--> statement-breakpoint
ALTER TABLE "attendances" ALTER COLUMN "code" SET DEFAULT 0;--> statement-breakpoint
ALTER TABLE "attendance_code_counters" ADD CONSTRAINT "attendance_code_counters_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "users_email" ON "users" USING btree ("email");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_unique" ON "users" USING btree ("organization_id","email");--> statement-breakpoint
CREATE POLICY "attendance_code_counters_tenant_isolation" ON "attendance_code_counters" AS PERMISSIVE FOR ALL TO "atende_app" USING (organization_id = app_current_org()) WITH CHECK (organization_id = app_current_org());--> statement-breakpoint
-- Issue item (codes per organization): existing attendances keep their codes; each organization
-- continues from its own highest one.
INSERT INTO "attendance_code_counters" ("organization_id", "last_value")
  SELECT "organization_id", max("code") FROM "attendances" GROUP BY "organization_id";
--> statement-breakpoint
-- Every insert takes the next code of its organization. The upsert's row lock serialises concurrent
-- inserts of one organization until they commit, so no two get the same code; it runs as the
-- inserting role, so RLS keeps the counter to the attendance's own organization.
CREATE OR REPLACE FUNCTION attendances_assign_code() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
BEGIN
  INSERT INTO attendance_code_counters AS c (organization_id, last_value) VALUES (NEW.organization_id, 1)
    ON CONFLICT (organization_id) DO UPDATE SET last_value = c.last_value + 1
    RETURNING c.last_value INTO NEW.code;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER attendances_assign_code BEFORE INSERT ON "attendances"
  FOR EACH ROW EXECUTE FUNCTION attendances_assign_code();
