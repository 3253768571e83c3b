DROP INDEX "attendances_open_created";--> statement-breakpoint
DROP INDEX "attendances_open_sla_due";--> statement-breakpoint
DROP INDEX "attendances_open_subprocess_due";--> statement-breakpoint
DROP INDEX "attendances_finished_at";--> statement-breakpoint
DROP INDEX "attendances_sla_due";--> statement-breakpoint
CREATE INDEX "attendances_open_subprocess" ON "attendances" USING btree ("organization_id","subprocess_id","subprocess_due_at","code") WHERE status <> 'finished';--> statement-breakpoint
CREATE INDEX "attendances_service_order_created" ON "attendances" USING btree ("organization_id","created_at","service_order_status","code","id","sla_due_at","status","finished_at","sla_paused_at") WHERE service_order_status <> 'none';--> statement-breakpoint
CREATE INDEX "attendances_queue_first_response" ON "attendances" USING btree ("queue_id","first_response_at") WHERE first_response_at is not null;--> statement-breakpoint
CREATE INDEX "attendances_open_created" ON "attendances" USING btree ("organization_id","created_at","code","id") WHERE status <> 'finished';--> statement-breakpoint
CREATE INDEX "attendances_open_sla_due" ON "attendances" USING btree ("organization_id","sla_due_at","sla_paused_at","code","id") WHERE status <> 'finished';--> statement-breakpoint
CREATE INDEX "attendances_open_subprocess_due" ON "attendances" USING btree ("organization_id","subprocess_due_at","subprocess_id","code","id") WHERE status <> 'finished';--> statement-breakpoint
CREATE INDEX "attendances_finished_at" ON "attendances" USING btree ("organization_id","finished_at","sla_due_at","code","id") WHERE status = 'finished';--> statement-breakpoint
CREATE INDEX "attendances_sla_due" ON "attendances" USING btree ("organization_id","sla_due_at","status","finished_at","sla_paused_at","code","id");