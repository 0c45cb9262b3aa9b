ALTER TABLE "party_branches" ADD CONSTRAINT "party_branches_stage_dates_check" CHECK (("party_branches"."covered_on" IS NOT NULL) = ("party_branches"."stage" IN ('COVERED', 'MATURE', 'ESTABLISHED'))
        AND ("party_branches"."matured_on" IS NOT NULL) = ("party_branches"."stage" IN ('MATURE', 'ESTABLISHED'))
        AND ("party_branches"."established_on" IS NOT NULL) = ("party_branches"."stage" = 'ESTABLISHED')
        AND "party_branches"."founded_on" <= coalesce("party_branches"."covered_on", "party_branches"."founded_on")
        AND coalesce("party_branches"."covered_on", "party_branches"."founded_on") <= coalesce("party_branches"."matured_on", "party_branches"."covered_on", "party_branches"."founded_on")
        AND coalesce("party_branches"."matured_on", "party_branches"."covered_on", "party_branches"."founded_on") <= coalesce("party_branches"."established_on", "party_branches"."matured_on", "party_branches"."covered_on", "party_branches"."founded_on"));