CREATE TABLE "idempotency_keys" (
	"key" text NOT NULL,
	"subject" text NOT NULL,
	"request_hash" text NOT NULL,
	"response" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_keys_key_subject_pk" PRIMARY KEY("key","subject")
);
--> statement-breakpoint
ALTER TABLE "shared_resources" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
CREATE INDEX "idempotency_keys_created_idx" ON "idempotency_keys" USING btree ("created_at");