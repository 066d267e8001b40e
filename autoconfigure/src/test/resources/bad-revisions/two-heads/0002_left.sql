-- retort:revision id=ff0000000002 revises=ff0000000001 message="0002_left"
-- retort:upgrade
create table two_left (id int);
-- retort:downgrade
drop table two_left;
