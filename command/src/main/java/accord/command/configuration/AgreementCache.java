package accord.command.configuration;

import com.github.benmanes.caffeine.jcache.configuration.CaffeineConfiguration;
import com.github.benmanes.caffeine.jcache.spi.CaffeineCachingProvider;
import java.util.OptionalLong;
import java.util.UUID;
import javax.cache.CacheManager;
import javax.cache.Caching;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.JCacheAdapter;
import org.springframework.beans.factory.DisposableBean;

/**
 * The agreements most recently used, kept in memory so that a command on one of them does not
 * read its events again. Bounded by count (Caffeine's size-based eviction); values are stored by
 * reference, never copied. Axon's own {@code WeakReferenceCache} is not used: the collector clears
 * weak references at every young collection, so under load almost every command missed it.
 */
final class AgreementCache implements DisposableBean {

    private final CacheManager manager;
    private final String name = "agreements-" + UUID.randomUUID();
    private final Cache cache;

    AgreementCache(long maximumSize) {
        CaffeineConfiguration<Object, Object> configuration = new CaffeineConfiguration<>();
        configuration.setMaximumSize(OptionalLong.of(maximumSize));
        configuration.setStoreByValue(false);
        manager = Caching.getCachingProvider(CaffeineCachingProvider.class.getName()).getCacheManager();
        cache = new JCacheAdapter(manager.createCache(name, configuration));
    }

    Cache cache() {
        return cache;
    }

    @Override
    public void destroy() {
        manager.destroyCache(name);
    }
}
