create table flyway_table (id int primary key);
