ALTER TABLE "idempotency_keys" DROP CONSTRAINT "idempotency_keys_key_subject_pk";--> statement-breakpoint
ALTER TABLE "idempotency_keys" ADD CONSTRAINT "idempotency_keys_key_subject_request_hash_pk" PRIMARY KEY("key","subject","request_hash");--> statement-breakpoint
ALTER TABLE "idempotency_keys" ADD COLUMN "field" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "idempotency_keys" ADD COLUMN "operation" text;--> statement-breakpoint
ALTER TABLE "idempotency_keys" ADD COLUMN "result" jsonb;