-- A direct write to the attribute log, which the protection trigger refuses.
INSERT INTO dim.features_attribute (entity_id, attribute_name, value_text) VALUES (1, 'color', 'green');
