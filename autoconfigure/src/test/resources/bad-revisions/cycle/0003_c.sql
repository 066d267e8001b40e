-- retort:revision id=cc0000000003 revises=cc0000000002 message="0003_c"
-- retort:upgrade
create table cyc_c (id int);
-- retort:downgrade
drop table cyc_c;
