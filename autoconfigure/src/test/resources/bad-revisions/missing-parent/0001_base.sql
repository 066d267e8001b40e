-- retort:revision id=ee0000000001 message="0001_base"
-- retort:upgrade
create table mis_base (id int);
-- retort:downgrade
drop table mis_base;
