package dev.retort.autoconfigure.secured;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * An application that secures Actuator the way the Spring Boot reference shows: health for all,
 * the other endpoints for authenticated users, and writes to {@code migrations} only for the
 * {@code ADMIN} role. Its revisions are {@code fixture.migrations}'.
 */
@SpringBootApplication
public class SecuredApplication {

	static final String OPERATOR = "operator";

	static final String ADMIN = "admin";

	static final String PASSWORD = "Login-Pa55";

	@Bean
	SecurityFilterChain actuatorSecurity(HttpSecurity http) throws Exception {
		http.securityMatcher(EndpointRequest.toAnyEndpoint())
			.authorizeHttpRequests((requests) -> requests.requestMatchers(EndpointRequest.to("health"))
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/actuator/migrations/**", "/actuator/migrations")
				.hasRole("ADMIN")
				.anyRequest()
				.authenticated())
			.httpBasic(Customizer.withDefaults())
			// Actuator is called by tools, not browsers: no CSRF token, as the reference's example
			.csrf((csrf) -> csrf.ignoringRequestMatchers(EndpointRequest.toAnyEndpoint()));
		return http.build();
	}

	@Bean
	InMemoryUserDetailsManager users() {
		return new InMemoryUserDetailsManager(
				User.withUsername(OPERATOR).password("{noop}" + PASSWORD).roles("OPERATOR").build(),
				User.withUsername(ADMIN).password("{noop}" + PASSWORD).roles("ADMIN").build());
	}

}
