CREATE TABLE "place_changes" (
	"seq" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "place_changes_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"kind" text NOT NULL,
	"place_id" uuid NOT NULL,
	"parent_id" uuid,
	"name" text,
	"removed" boolean DEFAULT false NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "place_changes_kind_check" CHECK ("place_changes"."kind" IN ('Subdistrict', 'Community', 'Estate'))
);
--> statement-breakpoint
CREATE TABLE "place_registry" (
	"id" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"epoch" uuid DEFAULT gen_random_uuid() NOT NULL
);
