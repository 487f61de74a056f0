CREATE TABLE "cooldowns" (
	"key_hash" text PRIMARY KEY NOT NULL,
	"until" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "write_budget" (
	"guild_id" text NOT NULL,
	"minute" timestamp with time zone NOT NULL,
	"used" integer NOT NULL,
	CONSTRAINT "write_budget_guild_id_minute_pk" PRIMARY KEY("guild_id","minute")
);
--> statement-breakpoint
CREATE INDEX "cooldowns_until" ON "cooldowns" USING btree ("until");