-- retort:revision id=dd0000000002 revises=dd0000000001 message="0002_one"
-- retort:upgrade
create table dup_one (id int);
-- retort:downgrade
drop table dup_one;
