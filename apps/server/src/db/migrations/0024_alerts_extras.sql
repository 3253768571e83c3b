ALTER TABLE "calls" ADD COLUMN "app_user_id" uuid;--> statement-breakpoint
ALTER TABLE "push_subscriptions" ADD COLUMN "locale" text DEFAULT 'pt-BR' NOT NULL;--> statement-breakpoint
CREATE INDEX "calls_app_user" ON "calls" USING btree ("organization_id","started_at") WHERE app_user_id is not null;