-- Claims (see comity.Claim): a decision on a transfer or judicial case is
-- claimed here before it is logged and committed after. claim_token is the
-- holder's token (NULL: no claim), claim the comity.Claim as JSON,
-- claim_body the case as the claimed step leaves it. A judicial case
-- claimed into existence is a row of version 0 that readers do not see.
--
-- Numbered 0020, not 0005, so that it cannot collide with a migration
-- written meanwhile on another branch: versions are applied one by one,
-- so a gap is harmless, a duplicate number would skip a migration.
ALTER TABLE transfers ADD COLUMN claim_token TEXT;
ALTER TABLE transfers ADD COLUMN claim TEXT;
ALTER TABLE transfers ADD COLUMN claim_body TEXT;
CREATE INDEX transfers_claimed ON transfers (claim_token) WHERE claim_token IS NOT NULL;

ALTER TABLE judicial_cases ADD COLUMN claim_token TEXT;
ALTER TABLE judicial_cases ADD COLUMN claim TEXT;
ALTER TABLE judicial_cases ADD COLUMN claim_body TEXT;
CREATE INDEX judicial_cases_claimed ON judicial_cases (claim_token) WHERE claim_token IS NOT NULL;
