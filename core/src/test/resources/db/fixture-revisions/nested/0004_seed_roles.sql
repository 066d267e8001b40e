-- retort:revision id=8d1e4b2a9f60 revises=27c6a30d7c24 message="Seed roles; with \"quotes\"" depends-on=app transactional=false

-- retort:upgrade
INSERT INTO role (name) VALUES ('admin; root');
INSERT INTO role (name) VALUES ('user');
-- retort:downgrade
DELETE FROM role;
