-- retort:revision id=aa0000000002 revises=aa0000000001 message="0002_second"
-- retort:upgrade
create table good_second_changed (id int);
-- retort:downgrade
drop table good_second_changed;
