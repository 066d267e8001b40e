-- An index the user lookups need.
-- retort:revision id=3f2a9c1d7b4e revises=1975ea83b712 message="Add index on email"
-- retort:upgrade
CREATE INDEX ix_user_email ON "user" (email);
-- retort:downgrade
DROP INDEX ix_user_email;
