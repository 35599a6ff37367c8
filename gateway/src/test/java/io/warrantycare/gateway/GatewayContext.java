package io.warrantycare.gateway;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The shared context of the integration tests: the real gateway on a random port in front of the four
 * stub services. Test classes extend it so that they share one Spring context. The test client (on
 * loopback) is not a trusted proxy here, as a client on the internet would not be.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "warrantycare.gateway.jwt.secret=" + PartnerTokens.SECRET,
        "warrantycare.gateway.cors.allowed-origins=https://brand.example",
        "GATEWAY_TRUSTED_PROXIES=10[.]9[.]9[.]9" })
@AutoConfigureWebTestClient
abstract class GatewayContext {

    @Autowired
    WebTestClient client;

    @DynamicPropertySource
    static void downstreams(DynamicPropertyRegistry registry) {
        registry.add("REGISTRATION_URL", DownstreamStubs.REGISTRATION::url);
        registry.add("WARRANTY_URL", DownstreamStubs.WARRANTY::url);
        registry.add("CRM_URL", DownstreamStubs.CRM::url);
        registry.add("NOTIFICATION_URL", DownstreamStubs.NOTIFICATION::url);
    }
}
