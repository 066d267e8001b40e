package dev.retort.autoconfigure.command;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;

import dev.retort.autoconfigure.autogenerate.DeferredJpaBootstrap;

/**
 * Command mode's JPA, in an application with Hibernate (a class of its own so that command mode
 * loads no Hibernate type in an application without it).
 */
final class CommandModeJpa {

	private CommandModeJpa() {
	}

	/**
	 * The SessionFactory is left for its first use and autogenerate gets the mapping alone; with
	 * {@code --sql}, Hibernate takes the dialect from the configured URL instead of connecting.
	 */
	static void prepare(ConfigurableApplicationContext context, boolean offline) {
		ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
		beanFactory.addBeanPostProcessor(new DeferredJpaBootstrap());
		if (offline) {
			beanFactory.registerSingleton("retortOfflineHibernateProperties", new OfflineHibernateProperties(
					new ConfiguredDatabase(beanFactory, context.getEnvironment()), context.getEnvironment()));
		}
	}

}
