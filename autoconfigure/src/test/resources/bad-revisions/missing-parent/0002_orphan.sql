-- retort:revision id=ee0000000002 revises=ee00000000ff message="0002_orphan"
-- retort:upgrade
create table mis_orphan (id int);
-- retort:downgrade
drop table mis_orphan;
