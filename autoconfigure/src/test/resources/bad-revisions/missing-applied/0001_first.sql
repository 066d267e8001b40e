-- retort:revision id=aa0000000001 message="0001_first"
-- retort:upgrade
create table good_first (id int);
-- retort:downgrade
drop table good_first;
