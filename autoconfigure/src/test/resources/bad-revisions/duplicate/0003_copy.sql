-- retort:revision id=dd0000000002 revises=dd0000000001 message="0003_copy"
-- retort:upgrade
create table dup_copy (id int);
-- retort:downgrade
drop table dup_copy;
