-- Unfinished claims of the previous scheme are dropped: their events are re-dispatched by the sweeper.
DELETE FROM "event_deliveries" WHERE "done_at" IS NULL;--> statement-breakpoint
ALTER TABLE "event_deliveries" ALTER COLUMN "done_at" SET DEFAULT now();--> statement-breakpoint
ALTER TABLE "event_deliveries" ALTER COLUMN "done_at" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "domain_events" ADD COLUMN "dispatched_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "domain_events" ADD COLUMN "claimed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "domain_events" ADD COLUMN "attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "domain_events" ADD COLUMN "next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "domain_events" ADD COLUMN "last_error" text;--> statement-breakpoint
-- Events written before this migration were dispatched by the previous scheme.
UPDATE "domain_events" SET "dispatched_at" = "created_at";--> statement-breakpoint
CREATE INDEX "domain_events_pending" ON "domain_events" USING btree ("next_attempt_at") WHERE dispatched_at is null;--> statement-breakpoint
ALTER TABLE "event_deliveries" DROP COLUMN "claimed_at";--> statement-breakpoint
ALTER TABLE "event_deliveries" DROP COLUMN "attempts";--> statement-breakpoint
ALTER TABLE "event_deliveries" DROP COLUMN "last_error";