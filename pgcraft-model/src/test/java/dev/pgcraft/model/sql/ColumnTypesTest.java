package dev.pgcraft.model.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnTypesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            integer                        | integer
            int                            | integer
            INT4                           | integer
            bigint                         | bigint
            int8                           | bigint
            smallint                       | smallint
            int2                           | smallint
            numeric                        | numeric
            decimal(10,2)                  | numeric(10,2)
            numeric( 10 , 2 )              | numeric(10,2)
            numeric(5)                     | numeric(5,0)
            real                           | real
            float4                         | real
            float(24)                      | real
            float(25)                      | double precision
            float                          | double precision
            float8                         | double precision
            double   precision             | double precision
            text                           | text
            varchar                        | character varying
            varchar(10)                    | character varying(10)
            character varying(255)         | character varying(255)
            char                           | character(1)
            char(3)                        | character(3)
            character(3)                   | character(3)
            bool                           | boolean
            boolean                        | boolean
            date                           | date
            time                           | time without time zone
            time(3)                        | time(3) without time zone
            time with time zone            | time with time zone
            timetz                         | time with time zone
            timestamp                      | timestamp without time zone
            timestamp(6) without time zone | timestamp(6) without time zone
            timestamptz                    | timestamp with time zone
            timestamptz(3)                 | timestamp(3) with time zone
            timestamp(0) with time zone    | timestamp(0) with time zone
            interval                       | interval
            interval(3)                    | interval(3)
            interval day to second(2)      | interval day to second(2)
            interval year to month         | interval year to month
            uuid                           | uuid
            json                           | json
            jsonb                          | jsonb
            bytea                          | bytea
            inet                           | inet
            cidr                           | cidr
            macaddr                        | macaddr
            money                          | money
            tsvector                       | tsvector
            xml                            | xml
            oid                            | oid
            bit                            | bit(1)
            varbit(8)                      | bit varying(8)
            tstzrange                      | tstzrange
            text[]                         | text[]
            integer[][]                    | integer[]
            int[3]                         | integer[]
            varchar(20) []                 | character varying(20)[]
            public.mood                    | public.mood
            Public.Mood[]                  | public.mood[]
            """)
    void canonicalSpelling(String written, String canonical) {
        assertEquals(canonical, ColumnTypes.canonical(written));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            txt                | unknown type                                              | Did you mean text? A user-defined type must be schema-qualified, e.g. public.mood.
            integr             | unknown type                                              | Did you mean integer? A user-defined type must be schema-qualified, e.g. public.mood.
            mood               | unknown type                                              | Use a PostgreSQL built-in type (text, integer, numeric(p,s), timestamptz, …) or a schema-qualified user-defined type such as public.mood.
            numeric(0)         | numeric precision must be between 1 and 1000, found 0    | Write a number between 1 and 1000.
            numeric(5,6)       | numeric scale must be between 0 and 5, found 6           | Write a number between 0 and 5.
            numeric(1,2,3)     | numeric takes (precision) or (precision,scale), found (1,2,3) | Write for example numeric(10,2).
            varchar(0)         | varchar length must be between 1 and 10485760, found 0   | Write a number between 1 and 10485760.
            varchar(x)         | varchar length must be a whole number, found "x"         | Write a number between 1 and 10485760.
            varchar(1,2)       | varchar takes one length, found (1,2)                     | Write one number in the parentheses.
            text(10)           | text takes no modifiers, found (10)                       | Write text without parentheses.
            timestamptz(7)     | timestamptz precision must be between 0 and 6, found 7   | Write a number between 0 and 6.
            float(54)          | float precision must be between 1 and 53, found 54        | Write a number between 1 and 53.
            serial             | serial is not a type (it is CREATE TABLE shorthand for a sequence) | Use integer or bigint with a default; the generated key "id" takes its style from <pk type="…"/>.
            ' '                | no type                                                   | Write a PostgreSQL type such as text or bigint.
            """)
    void invalidTypesSayWhyAndWhatToWrite(String written, String reason, String fix) {
        ColumnTypes.InvalidTypeException e =
                assertThrows(ColumnTypes.InvalidTypeException.class, () -> ColumnTypes.canonical(written));
        assertEquals(reason, e.getMessage());
        assertEquals(fix, e.fix());
    }
}
