-- retort:revision id=cc0000000001 revises=cc0000000003 message="0001_a"
-- retort:upgrade
create table cyc_a (id int);
-- retort:downgrade
drop table cyc_a;
