-- retort:revision id=cc0000000002 revises=cc0000000001 message="0002_b"
-- retort:upgrade
create table cyc_b (id int);
-- retort:downgrade
drop table cyc_b;
