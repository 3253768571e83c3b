ALTER TABLE "webchat_visitors" ADD COLUMN "address_hash" text;--> statement-breakpoint
CREATE INDEX "webchat_visitors_address" ON "webchat_visitors" USING btree ("channel_id","address_hash");