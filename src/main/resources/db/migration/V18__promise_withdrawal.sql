-- A promise to an organisation whose last request the team took out of the milestone: the day and why.
-- Its date was told and will not be kept for them, so it counts as broken.
ALTER TABLE promises ADD COLUMN withdrawn_on DATE;
ALTER TABLE promises ADD COLUMN withdraw_reason VARCHAR(1000);
