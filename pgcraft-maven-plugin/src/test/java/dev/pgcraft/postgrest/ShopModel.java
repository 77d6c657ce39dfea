package dev.pgcraft.postgrest;

/** A small model exposing one dimension of every kind, shared by the PostgREST tests. */
final class ShopModel {

    static final String XML = """
            <pgcraft xmlns="urn:pgcraft:1" xmlns:rest="urn:pgcraft:postgrest:1">
              <extensions>
                <rest:postgrest schema="api" authenticator="shop_authenticator" anonRole="shop_anon">
                  <rest:role name="shop_user"/>
                </rest:postgrest>
              </extensions>
              <schema name="dim">
                <simple name="products" comment="Things we sell">
                  <column name="sku" type="text" nullable="false" unique="true" comment="Stock keeping unit"/>
                  <column name="price" type="numeric(10,2)" nullable="false" default="0"/>
                  <column name="notes" type="text"/>
                  <rest:api exclude="notes">
                    <rest:grant role="shop_anon" verbs="select"/>
                    <rest:grant role="shop_user" verbs="select insert update delete"/>
                  </rest:api>
                </simple>
                <appendOnly name="prices">
                  <column name="product_id" type="bigint" references="dim.products"/>
                  <column name="amount" type="integer" nullable="false" default="1"/>
                  <rest:api>
                    <rest:grant role="shop_anon" verbs="select"/>
                    <rest:grant role="shop_user" verbs="select insert update delete"/>
                  </rest:api>
                </appendOnly>
                <eav name="features">
                  <column name="color" type="text" default="'black'"/>
                  <column name="weight" type="integer"/>
                  <rest:api>
                    <rest:grant role="shop_user" verbs="select insert update delete"/>
                  </rest:api>
                </eav>
              </schema>
              <schema name="ops">
                <ledger name="journal">
                  <column name="account" type="text" nullable="false"/>
                  <balance groupBy="account"/>
                  <latest groupBy="account"/>
                  <rest:api>
                    <rest:grant role="shop_anon" verbs="select"/>
                    <rest:grant role="shop_user" verbs="select insert"/>
                  </rest:api>
                </ledger>
              </schema>
            </pgcraft>
            """;

    private ShopModel() {
    }
}
