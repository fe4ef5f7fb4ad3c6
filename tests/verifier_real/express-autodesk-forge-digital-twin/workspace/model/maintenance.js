// excerpt of Autodesk-Forge/forge-digital-twin@cb481f80481e:model/maintenance.js
const Sequelize = require('sequelize');

const db = require('./db');

const Part = db.define('part',
    {
        id: { type: Sequelize.INTEGER, primaryKey: true },
        status: { type: Sequelize.STRING, validate: StatusValidation },
        nextReview: Sequelize.DATE
    }
);

const Review = db.define('review',
    {
        author: { type: Sequelize.STRING, validate: AuthorValidation },
        passed: Sequelize.BOOLEAN,
        description: { type: Sequelize.TEXT, validate: DescriptionValidation }
    }
);

const Issue = db.define('issue',
    {
        author: { type: Sequelize.STRING, validate: AuthorValidation },
        text: { type: Sequelize.TEXT, validate: DescriptionValidation },
        img: { type: Sequelize.STRING, validate: ImageUrlValidation },
        x: Sequelize.FLOAT,
        y: Sequelize.FLOAT,
        z: Sequelize.FLOAT
    }
);
