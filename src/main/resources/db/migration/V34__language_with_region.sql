-- Issue 15: the language choice carries the region that decides how dates and numbers are written
-- (English (UK) writes day-month, English (US) month-day). A stored bare "en" becomes "en-US" for accounts
-- and organisations in a United States time zone and "en-GB" for everybody else
-- (the same rule as TranslationProvider.choiceFor). Written once for H2 (MariaDB mode) and MariaDB alike.

UPDATE accounts SET language = 'en-US'
 WHERE language = 'en'
   AND (time_zone IN ('America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles',
                      'America/Phoenix', 'America/Anchorage', 'America/Detroit', 'America/Boise', 'Pacific/Honolulu')
        OR time_zone LIKE 'US/%' OR time_zone LIKE 'America/Indiana/%' OR time_zone LIKE 'America/Kentucky/%'
        OR time_zone LIKE 'America/North_Dakota/%');
UPDATE accounts SET language = 'en-GB' WHERE language = 'en';

UPDATE organisations SET language = 'en-US'
 WHERE language = 'en'
   AND (time_zone IN ('America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles',
                      'America/Phoenix', 'America/Anchorage', 'America/Detroit', 'America/Boise', 'Pacific/Honolulu')
        OR time_zone LIKE 'US/%' OR time_zone LIKE 'America/Indiana/%' OR time_zone LIKE 'America/Kentucky/%'
        OR time_zone LIKE 'America/North_Dakota/%');
UPDATE organisations SET language = 'en-GB' WHERE language = 'en';
