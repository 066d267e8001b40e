-- retort:revision id=ff0000000003 revises=ff0000000001 message="0003_right"
-- retort:upgrade
create table two_right (id int);
-- retort:downgrade
drop table two_right;
