-- retort:revision id=ff0000000001 message="0001_base"
-- retort:upgrade
create table two_base (id int);
-- retort:downgrade
drop table two_base;
