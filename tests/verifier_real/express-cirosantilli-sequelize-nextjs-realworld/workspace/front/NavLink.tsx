// excerpt of https://github.com/cirosantilli/node-express-sequelize-nextjs-realworld-example-app@b7f8b80dec84:front/NavLink.tsx
import React from 'react'

import Link from 'next/link'

import { useRouter } from 'next/router'

const NavLink = ({ href, onClick, children }: NavLinkProps) => {
  const router = useRouter()
  const { asPath } = router
  return (
    <Link href={href} passHref>
      <a
        onClick={onClick}
        className={`${
          (encodeURIComponent(asPath) === encodeURIComponent(href) &&
            'active ') ||
          ''
        }nav-link`}
      >
        {children}
      </a>
    </Link>
  )
}
