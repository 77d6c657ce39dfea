DELETE FROM items WHERE id = 2;
