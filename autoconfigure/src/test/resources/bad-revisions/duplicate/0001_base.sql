-- retort:revision id=dd0000000001 message="0001_base"
-- retort:upgrade
create table dup_base (id int);
-- retort:downgrade
drop table dup_base;
